'use client';

import { useEffect, useId, useRef, useState } from 'react';
import styles from './archive-picker-form.module.css';

type YearMonth = { year: number; month: number };
type ArchivePickerFormProps = {
  months: YearMonth[];
  initial: YearMonth & { day?: number };
  /** The edition's archive address (`/archive`, `/kk/archive`): the form's target and the days' API. */
  action: string;
  monthNames: readonly string[];
  labels: { year: string; month: string; day: string; wholeMonth: string; show: string };
};

const ALL_MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const ALL_DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

/**
 * The server renders every month and day (the form must work without JavaScript: /archive
 * redirects and clamps the day); once running, the island offers only months with news in the
 * chosen year and only days with news in the chosen month.
 */
export function ArchivePickerForm({
  months,
  initial,
  action,
  monthNames,
  labels,
}: ArchivePickerFormProps) {
  const years = [...new Set(months.map((m) => m.year))];
  const [year, setYear] = useState(initial.year);
  const [month, setMonth] = useState(initial.month);
  const [day, setDay] = useState(initial.day ? String(initial.day) : '');
  const [enhanced, setEnhanced] = useState(false);
  const [days, setDays] = useState<number[] | null>(null);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  // A reader may pick a year or month before the island has started (the server's form works
  // alone); hydration fires no change event for that, so the choice is read from the form itself
  // instead of being narrowed to the initial year's months and lost.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the island starts
  useEffect(() => {
    const field = (name: string) =>
      (form.current?.elements.namedItem(name) as HTMLSelectElement | null)?.value ?? '';
    const chosenYear = Number(field('year'));
    const chosenMonth = Number(field('month'));
    if (chosenYear && chosenYear !== initial.year) {
      const available = months.filter((m) => m.year === chosenYear).map((m) => m.month);
      setYear(chosenYear);
      setMonth(available.includes(chosenMonth) ? chosenMonth : (available[0] ?? 1));
      setDay('');
    } else if (chosenMonth && chosenMonth !== initial.month) {
      setMonth(chosenMonth);
      setDay('');
    }
    setEnhanced(true);
  }, []);

  const monthsOfYear = enhanced
    ? months.filter((m) => m.year === year).map((m) => m.month)
    : ALL_MONTHS;

  useEffect(() => {
    if (!enhanced) return;
    const controller = new AbortController();
    setDays(null);
    fetch(`${action}/days?year=${year}&month=${month}`, { signal: controller.signal })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { days: number[] } | null) => setDays(body?.days ?? null))
      .catch(() => {});
    return () => controller.abort();
  }, [enhanced, year, month, action]);

  function changeYear(next: number) {
    setYear(next);
    const available = months.filter((m) => m.year === next).map((m) => m.month);
    if (!available.includes(month)) setMonth(available[0] ?? 1);
    setDay('');
  }

  return (
    <form
      ref={form}
      action={action}
      method="get"
      className={styles.form}
      data-enhanced={enhanced ? '' : undefined}
    >
      <div className={styles.field}>
        <label htmlFor={`${id}-year`}>{labels.year}</label>
        <select
          id={`${id}-year`}
          name="year"
          value={year}
          onChange={(e) => changeYear(Number(e.target.value))}
        >
          {years.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-month`}>{labels.month}</label>
        <select
          id={`${id}-month`}
          name="month"
          value={month}
          onChange={(e) => {
            setMonth(Number(e.target.value));
            setDay('');
          }}
        >
          {monthsOfYear.map((m) => (
            <option key={m} value={m}>
              {monthNames[m - 1]}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${id}-day`}>{labels.day}</label>
        <select id={`${id}-day`} name="day" value={day} onChange={(e) => setDay(e.target.value)}>
          <option value="">{labels.wholeMonth}</option>
          {(days ?? ALL_DAYS).map((d) => (
            <option key={d} value={d}>
              {d}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={styles.submit}>
        {labels.show}
      </button>
    </form>
  );
}

import { addDays, zonedDay } from '@vestnik/content/dates';
import { listDailyViews } from '@vestnik/db/queries/stats';
import { env } from '@/env';
import { db } from '@/lib/db';
import styles from './dashboard.module.css';

const DAYS = 30;
const WIDTH = 720;
const HEIGHT = 180;
const BAR_GAP = 4;

const number = new Intl.NumberFormat('ru-RU');

function dayLabel(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return new Intl.DateTimeFormat('ru-RU', {
    day: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year!, month! - 1, date!)));
}

/**
 * Views per day for the last 30 days as a server-rendered SVG: each bar has a <title> for
 * pointer users and the figures are repeated in a table for screen readers, so no JavaScript and
 * no chart library are needed.
 */
export async function ViewsChart() {
  const zone = env().SITE_TIMEZONE;
  const days = await listDailyViews(db(), {
    from: addDays(zonedDay(new Date(), zone), -(DAYS - 1)),
    to: zonedDay(new Date(), zone),
  });
  const max = Math.max(1, ...days.map((d) => d.views));
  const total = days.reduce((sum, d) => sum + d.views, 0);
  const barWidth = WIDTH / days.length - BAR_GAP;
  return (
    <section className={styles.panel} aria-labelledby="views-chart">
      <h2 id="views-chart">Просмотры за 30 дней</h2>
      <p className={styles.total}>Всего: {number.format(total)}</p>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT + 20}`}
        className={styles.chart}
        role="img"
        aria-label={`Просмотры по дням с ${dayLabel(days[0]!.day)} по ${dayLabel(days.at(-1)!.day)}, максимум ${number.format(max)} в день`}
      >
        {days.map((d, i) => {
          const height = Math.round((d.views / max) * HEIGHT);
          const x = i * (barWidth + BAR_GAP);
          return (
            <g key={d.day}>
              <rect
                x={x}
                y={HEIGHT - height}
                width={barWidth}
                height={Math.max(height, 1)}
                className={styles.bar}
              >
                <title>{`${dayLabel(d.day)}: ${number.format(d.views)}`}</title>
              </rect>
              {i % 5 === 0 && (
                <text x={x} y={HEIGHT + 15} className={styles.axis}>
                  {d.day.slice(8)}.{d.day.slice(5, 7)}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <details>
        <summary>Таблица по дням</summary>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">День</th>
              <th scope="col">Просмотры</th>
            </tr>
          </thead>
          <tbody>
            {days.map((d) => (
              <tr key={d.day}>
                <td>{dayLabel(d.day)}</td>
                <td>{number.format(d.views)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}

'use client';

import {
  Children,
  type KeyboardEvent,
  type ReactNode,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';
import styles from './popular-tabs.module.css';

type Tab = { id: string; label: string; href: string };
type PopularTabsProps = { tabs: Tab[]; label: string; children: ReactNode };

/**
 * Tabs over server-rendered panels. The tabs are real links (to /popular?period=…), so without
 * JavaScript they still lead somewhere; with it, a click switches the panel in place.
 */
export function PopularTabs({ tabs, label, children }: PopularTabsProps) {
  const [active, setActive] = useState(0);
  // Roving tabindex only once the island runs: before that every tab must stay reachable.
  const [enhanced, setEnhanced] = useState(false);
  useEffect(() => setEnhanced(true), []);
  const base = useId();
  const refs = useRef<(HTMLAnchorElement | null)[]>([]);
  const panels = Children.toArray(children);

  function select(index: number) {
    setActive(index);
    refs.current[index]?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    select((active + step + tabs.length) % tabs.length);
  }

  return (
    <div>
      <div role="tablist" aria-label={label} className={styles.tabs} onKeyDown={onKeyDown}>
        {tabs.map((tab, i) => (
          <a
            key={tab.id}
            ref={(node) => {
              refs.current[i] = node;
            }}
            id={`${base}-tab-${tab.id}`}
            role="tab"
            href={tab.href}
            aria-selected={i === active}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={enhanced && i !== active ? -1 : undefined}
            className={styles.tab}
            onClick={(event) => {
              event.preventDefault();
              setActive(i);
            }}
          >
            {tab.label}
          </a>
        ))}
      </div>
      {panels.map((panel, i) => (
        <div
          key={tabs[i]?.id ?? i}
          id={`${base}-panel-${tabs[i]?.id}`}
          role="tabpanel"
          aria-labelledby={`${base}-tab-${tabs[i]?.id}`}
          hidden={i !== active}
        >
          {panel}
        </div>
      ))}
    </div>
  );
}

import { LOCALE_BADGES, LOCALE_NAMES } from '@/lib/articles/language';
import ui from './ui.module.css';

/** «RU» / «KK», its full name on hover and for screen readers. */
export function LocaleBadge({ locale }: { locale: keyof typeof LOCALE_BADGES }) {
  return (
    <abbr className={ui.localeBadge} title={LOCALE_NAMES[locale]}>
      {LOCALE_BADGES[locale]}
    </abbr>
  );
}

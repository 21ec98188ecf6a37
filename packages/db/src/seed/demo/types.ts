import type { DemoPhotoLook } from '../../media/demo-photo/index.ts';
export type DemoRubric =
  | 'politics'
  | 'society'
  | 'economy'
  | 'world'
  | 'sport'
  | 'culture'
  | 'army'
  | 'regions'
  | 'incidents'
  | 'science';

export type DemoSource = {
  name: string;
  domain: string;
  role: 'origin' | 'via';
  kind?: 'agency' | 'outlet' | 'official';
};

export type DemoArticle = {
  /** Stable latin id, unique across the demo archive (used for related links). */
  key: string;
  title: string;
  lead: string;
  paragraphs: string[];
  rubric: DemoRubric;
  tags: string[];
  sources?: DemoSource[];
  /** ISO 8601 with offset, e.g. '2026-03-14T10:30:00+05:00'. */
  publishAt: string;
  views: number;
  featured?: boolean;
  breaking?: boolean;
  locale?: 'kk';
  /**
   * The key of the Russian demo article this Kazakh one translates: same rubric, date and photo;
   * the seed puts the two in one translation group.
   */
  translationOf?: string;
  related?: string[];
  photoCredit?: string;
  photoSource?: { name: string; domain: string };
  photoCaption?: string;
  /** The generated photo's scene and frame when the caption calls for one (a city, a portrait). */
  photoLook?: DemoPhotoLook;
};

/** Page objects: one class per kind of page, with the locators and steps a test needs there. */
export { ArchivePicker, type PickedDay } from './archive-picker';
export { ArticleEditor, newsroomTimeInput } from './article-editor';
export { ArticlePage } from './article-page';
export { HomePage } from './home-page';
export { ListingPage } from './listing-page';

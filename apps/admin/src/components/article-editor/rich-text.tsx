'use client';

import Link from '@tiptap/extension-link';
import { EditorContent, useEditor, useEditorState } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { isSafeHref } from '@vestnik/content/document';
import { useEffect, useState } from 'react';
import styles from './editor.module.css';
import { MediaImage } from './media-image-node';
import { MediaPicker } from './media-picker';
import { documentToTiptap, tiptapToDocument } from './tiptap-model';
import type { FormState, MediaOption } from './types';

type Props = {
  initial: FormState['body'];
  media: MediaOption[];
  readOnly: boolean;
  onChange: (body: FormState['body']) => void;
};

export function RichText({ initial, media, readOnly, onChange }: Props) {
  const [picking, setPicking] = useState(false);
  const editor = useEditor({
    immediatelyRender: false,
    // The base styles are in admin.css: an injected <style> would be refused by the CSP.
    injectCSS: false,
    editable: !readOnly,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        strike: false,
        underline: false,
        link: false,
      }),
      Link.configure({
        openOnClick: false,
        autolink: true,
        // The same rule the server applies: no javascript:, data:, protocol-relative links.
        isAllowedUri: (url) => isSafeHref(url),
      }),
      MediaImage,
    ],
    content: documentToTiptap(initial, (id) => media.find((m) => m.id === id)?.thumb),
    editorProps: { attributes: { class: styles.prose ?? '', 'aria-label': 'Текст статьи' } },
    onUpdate: ({ editor: current }) => onChange(tiptapToDocument(current.getJSON())),
  });
  // The form may become read-only while it is open (a restored copy waiting for choices); no
  // update event, so the switch is not mistaken for an edit.
  useEffect(() => {
    editor?.setEditable(!readOnly, false);
  }, [editor, readOnly]);
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e?.isActive('heading', { level: 2 }) ?? false,
      h3: e?.isActive('heading', { level: 3 }) ?? false,
      h4: e?.isActive('heading', { level: 4 }) ?? false,
      bold: e?.isActive('bold') ?? false,
      italic: e?.isActive('italic') ?? false,
      link: e?.isActive('link') ?? false,
      quote: e?.isActive('blockquote') ?? false,
      bullet: e?.isActive('bulletList') ?? false,
      ordered: e?.isActive('orderedList') ?? false,
    }),
  });
  if (!editor) return <div className={styles.proseLoading}>Загрузка редактора…</div>;
  const chain = () => editor.chain().focus();
  const editLink = () => {
    if (active?.link) return chain().extendMarkRange('link').unsetLink().run();
    const href = window.prompt('Адрес ссылки (https://…, mailto: или /news/…)');
    if (!href) return;
    if (!isSafeHref(href.trim())) {
      window.alert(
        'Недопустимая ссылка: разрешены только http, https, mailto и ссылки на страницы сайта.',
      );
      return;
    }
    chain().extendMarkRange('link').setLink({ href: href.trim() }).run();
  };
  const tools: [string, string, boolean | undefined, () => unknown][] = [
    ['H2', 'Заголовок 2-го уровня', active?.h2, () => chain().toggleHeading({ level: 2 }).run()],
    ['H3', 'Заголовок 3-го уровня', active?.h3, () => chain().toggleHeading({ level: 3 }).run()],
    ['H4', 'Заголовок 4-го уровня', active?.h4, () => chain().toggleHeading({ level: 4 }).run()],
    ['Ж', 'Полужирный', active?.bold, () => chain().toggleBold().run()],
    ['К', 'Курсив', active?.italic, () => chain().toggleItalic().run()],
    ['Ссылка', active?.link ? 'Убрать ссылку' : 'Ссылка', active?.link, editLink],
    ['«»', 'Цитата', active?.quote, () => chain().toggleBlockquote().run()],
    ['• Список', 'Маркированный список', active?.bullet, () => chain().toggleBulletList().run()],
    ['1. Список', 'Нумерованный список', active?.ordered, () => chain().toggleOrderedList().run()],
    ['Фото', 'Вставить фото из медиатеки', picking, () => setPicking((v) => !v)],
  ];
  return (
    <div className={styles.richText}>
      {!readOnly && (
        <div className={styles.toolbar} role="toolbar" aria-label="Оформление текста">
          {tools.map(([label, title, on, run]) => (
            <button
              key={title}
              type="button"
              title={title}
              aria-label={title}
              aria-pressed={Boolean(on)}
              className={on ? styles.toolOn : styles.tool}
              onClick={() => run()}
            >
              {label}
            </button>
          ))}
        </div>
      )}
      {picking && (
        <MediaPicker
          media={media}
          selected={null}
          label="Вставить фото в текст"
          onSelect={(item) => {
            if (item) {
              chain()
                .insertContent({
                  type: 'image',
                  attrs: {
                    mediaId: item.id,
                    alt: item.alt,
                    caption: item.caption || null,
                    src: item.thumb,
                  },
                })
                .run();
            }
            setPicking(false);
          }}
        />
      )}
      <EditorContent editor={editor} />
    </div>
  );
}

import * as React from 'react';
import { ActionButton, type ITextField, type ITheme, memoizeFunction, mergeStyleSets, TextField, useTheme } from '@fluentui/react';
import type { ICopyLinkProps } from './ICopyLinkProps';

/** How long "Link copied" stays; cleared so that copying again is announced again. */
const COPIED_FOR_MS = 5000;

const getClassNames = memoizeFunction((theme: ITheme) =>
  mergeStyleSets({
    row: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '0 8px' },
    // In the theme's link colour, so it reads as something to press rather than as a label.
    button: {
      height: 'auto',
      minHeight: 32,
      padding: '0 4px',
      marginLeft: -4,
      color: theme.semanticColors.link,
      selectors: {
        ':hover': { color: theme.semanticColors.linkHovered, textDecoration: 'underline' },
        '.ms-Button-label': { margin: 0 }
      }
    },
    status: { fontWeight: 600 },
    field: { margin: '4px 0 8px', maxWidth: '100%' }
  })
);

/** The Clipboard API where the page may use it; undefined in old browsers and insecure contexts. */
function clipboardWrite(text: string): Promise<void> {
  try {
    const clipboard = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
    if (clipboard && typeof clipboard.writeText === 'function') return clipboard.writeText(text);
  } catch {
    // A browser that throws rather than rejects (a denied permission): fall through.
  }
  return Promise.reject(new Error('The clipboard is not available here.'));
}

/**
 * A "Copy link" action. It copies with navigator.clipboard, called at once inside the click so
 * browsers count it as the person's own action, and says "Link copied" in a polite live region
 * (also shown beside the button). Where the browser refuses (Teams' desktop web view, a denied
 * permission, an http page), it offers the link in a read-only field, focused and selected, so
 * Ctrl+C copies it: nobody is left without the link.
 */
export const CopyLink: React.FC<ICopyLinkProps> = ({ getUrl, text, ariaLabel, copiedText, fieldLabel, fieldHint }) => {
  const classNames = getClassNames(useTheme());
  const [status, setStatus] = React.useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = React.useState('');
  // Bumped on each fallback, so asking again re-selects the field even if the state is the same.
  const [manualRequest, setManualRequest] = React.useState(0);
  const field = React.useRef<ITextField>(null);
  const timer = React.useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mounted = React.useRef(true);

  React.useEffect(
    () => () => {
      mounted.current = false;
      if (timer.current !== undefined) clearTimeout(timer.current);
    },
    []
  );

  React.useEffect(() => {
    if (manualRequest === 0 || !field.current) return;
    field.current.focus();
    field.current.select();
  }, [manualRequest]);

  const copy = (): void => {
    const value = getUrl();
    setUrl(value);
    if (timer.current !== undefined) clearTimeout(timer.current);
    setStatus('idle');
    clipboardWrite(value).then(
      () => {
        if (!mounted.current) return;
        setStatus('copied');
        timer.current = setTimeout(() => {
          if (mounted.current) setStatus('idle');
        }, COPIED_FOR_MS);
      },
      () => {
        if (!mounted.current) return;
        setStatus('manual');
        setManualRequest((n) => n + 1);
      }
    );
  };

  return (
    <>
      <div className={classNames.row}>
        <ActionButton className={classNames.button} text={text} ariaLabel={ariaLabel} onClick={copy} />
        {/* Present before anything is said in it, as screen readers only follow regions they already know. */}
        <span aria-live="polite" className={classNames.status}>
          {status === 'copied' ? copiedText : ''}
        </span>
      </div>
      {status === 'manual' ? (
        <TextField
          className={classNames.field}
          componentRef={field}
          label={fieldLabel}
          description={fieldHint}
          value={url}
          readOnly={true}
        />
      ) : null}
    </>
  );
};

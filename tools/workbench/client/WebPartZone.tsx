import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react';

const classes = mergeStyleSets({
  zone: { background: '#ffffff', border: '1px solid #c8c6c4', borderRadius: 2, padding: 16, marginBottom: 24 },
  label: { fontSize: 12, color: '#605e5c', margin: '0 0 8px' },
  // Behind an app in a dark or high-contrast Teams theme: the app paints itself; the zone keeps out of the way.
  darkZone: { background: 'transparent', border: '1px solid #8a8a8a', borderRadius: 2, padding: 16, marginBottom: 24 },
  darkLabel: { fontSize: 12, color: '#ffffff', margin: '0 0 8px' }
});

/** One web part on the workbench canvas, labelled as a region so screen readers can jump to it. */
export const WebPartZone: React.FC<{ title: string; dark?: boolean }> = ({ title, dark, children }) => (
  <section className={dark ? classes.darkZone : classes.zone} aria-label={title}>
    <p className={dark ? classes.darkLabel : classes.label}>Web part: {title}</p>
    {children}
  </section>
);

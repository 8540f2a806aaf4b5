import * as React from 'react';
import * as ReactDOM from 'react-dom';

export interface IPrintContainerProps {
  /**
   * The container's class (set once, when it is made), which the print stylesheet names: it
   * shows the container only in print, and hides the rest of <body> there.
   */
  className: string;
  /** The print stylesheet, drawn first in the container; none while there is nothing to print. */
  css?: string;
  children?: React.ReactNode;
}

/**
 * A print-only paper's container: a <div> of its own, a child of <body> while the component is
 * mounted, with its children (and stylesheet) rendered into it. As a child of <body> it is outside
 * SharePoint's or the workbench's chrome, so the print stylesheet can hide every other child of
 * <body> and print the paper alone.
 */
export const PrintContainer: React.FC<IPrintContainerProps> = ({ className, css, children }) => {
  const [container] = React.useState(() => {
    const div = document.createElement('div');
    div.className = className;
    return div;
  });
  React.useEffect(() => {
    document.body.appendChild(container);
    return () => {
      if (container.parentNode) container.parentNode.removeChild(container);
    };
  }, [container]);
  return ReactDOM.createPortal(
    <>
      {css ? <style>{css}</style> : null}
      {children}
    </>,
    container
  );
};

import type { ReactNode } from 'react';

interface PopoverProps {
  id: string;
  className: string;
  children: ReactNode;
  /** The element that names the dialog, or else `label`. */
  titleId?: string;
  label?: string;
  /** A close button's label; without it the popover has none (Escape and a click or tap outside close it). */
  closeLabel?: string;
}

/**
 * A native popover (`popover="auto"`): opens from its `popovertarget` buttons without JavaScript,
 * closes on Escape or a click outside and gives focus back to the button that opened it.
 */
export function Popover({ id, titleId, label, className, closeLabel, children }: PopoverProps) {
  return (
    <div popover="auto" id={id} className={`popover ${className}`} role="dialog" aria-labelledby={titleId} aria-label={titleId ? undefined : label}>
      {closeLabel ? (
        <button type="button" className="popover-close" popoverTarget={id} popoverTargetAction="hide" aria-label={closeLabel}>
          ×
        </button>
      ) : null}
      {children}
    </div>
  );
}

import type { ReactNode } from 'react';

interface PopoverProps {
  id: string;
  titleId: string;
  className: string;
  closeLabel: string;
  children: ReactNode;
}

/**
 * A native popover (`popover="auto"`): opens from its `popovertarget` buttons without JavaScript,
 * closes on Escape or a click outside and gives focus back to the button that opened it.
 */
export function Popover({ id, titleId, className, closeLabel, children }: PopoverProps) {
  return (
    <div popover="auto" id={id} className={`popover ${className}`} role="dialog" aria-labelledby={titleId}>
      <button type="button" className="popover-close" popoverTarget={id} popoverTargetAction="hide" aria-label={closeLabel}>
        ×
      </button>
      {children}
    </div>
  );
}

/** The most a shopper can pick (the stepper's default `max`). */
export const MAX_QUANTITY = 10;

/**
 * Props of {@link QuantityPicker}.
 *
 * @example
 * ```tsx
 * const props: QuantityPickerProps = { label: 'Quantity of Mug', caption: 'Quantity', value: 1, onChange: setQuantity };
 * ```
 */
export interface QuantityPickerProps {
  /** Accessible name, e.g. "Quantity of Mug". */
  label: string;
  /** The short visible caption, e.g. "Quantity" or "Seats". */
  caption: string;
  value: number;
  onChange: (value: number) => void;
  /** @defaultValue {@link MAX_QUANTITY} */
  max?: number;
}

/**
 * A − / + stepper for a whole quantity between 1 and `max`.
 *
 * @example
 * ```tsx
 * <QuantityPicker label="Quantity of Mug" caption="Quantity" value={quantity} onChange={setQuantity} />
 * ```
 */
export function QuantityPicker({ label, caption, value, onChange, max = MAX_QUANTITY }: QuantityPickerProps) {
  return (
    <fieldset className="quantity">
      <legend className="visually-hidden">{label}</legend>
      <span className="caption" aria-hidden="true">
        {caption}
      </span>
      <button type="button" aria-label="One less" disabled={value <= 1} onClick={() => onChange(value - 1)}>
        −
      </button>
      <output aria-label={label}>{value}</output>
      <button type="button" aria-label="One more" disabled={value >= max} onClick={() => onChange(value + 1)}>
        +
      </button>
    </fieldset>
  );
}

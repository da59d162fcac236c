/**
 * Props of {@link QuantityPicker}.
 *
 * @example
 * ```tsx
 * const props: QuantityPickerProps = { label: 'Quantity of Mug', value: 1, onChange: setQuantity };
 * ```
 */
export interface QuantityPickerProps {
  /** Accessible name, e.g. "Quantity of Mug". */
  label: string;
  value: number;
  onChange: (value: number) => void;
  /** @defaultValue 10 */
  max?: number;
}

/**
 * A − / + stepper for a whole quantity between 1 and `max`.
 *
 * @example
 * ```tsx
 * <QuantityPicker label="Quantity of Mug" value={quantity} onChange={setQuantity} />
 * ```
 */
export function QuantityPicker({ label, value, onChange, max = 10 }: QuantityPickerProps) {
  return (
    <fieldset className="quantity">
      <legend className="visually-hidden">{label}</legend>
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

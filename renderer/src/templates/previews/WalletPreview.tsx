import { PASS_TYPE_LABELS } from '../forms/wallet-labels';
import { outputList, outputText, stringField } from './output-fields';
import type { PreviewProps } from './preview-props';

export function WalletPreview({ content, result }: PreviewProps<'wallet'>) {
  const title = outputText(result, 'title', content.title);
  const fields = outputList(result, 'fields', content.fields);
  const barcode = outputText(result, 'barcodeValue', content.barcodeValue);
  return (
    <div className={`wallet-pass ${content.passType}`}>
      <div className="wallet-pass-top">
        <span className="wallet-pass-type">{PASS_TYPE_LABELS[content.passType]}</span>
        <p className="wallet-pass-title">{title || <span className="muted">No title</span>}</p>
      </div>
      {fields.length > 0 && (
        <dl className="wallet-fields">
          {fields.map((field, index) => (
            <div key={index}>
              <dt>{stringField(field.label)}</dt>
              <dd>{stringField(field.value)}</dd>
            </div>
          ))}
        </dl>
      )}
      {barcode && (
        <div className="wallet-barcode">
          <div className="barcode-stripes" aria-hidden="true" />
          <span>{barcode}</span>
        </div>
      )}
    </div>
  );
}

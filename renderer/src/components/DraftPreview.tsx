import type { DraftDocument, DraftRun } from '../../../shared/domain/draft';
import { documentTypeName, SECRECY_LABELS, URGENCY_LABELS } from '../../../shared/domain/documentTypes';
import { capacityLines } from '../../../shared/domain/signing';
import { blockDisplayRuns, blockLabels, closingBlockIndex, listLines, withClosingMark } from '../../../shared/drafting/bodyText';

function Runs({ runs }: { runs: DraftRun[] }) {
  return (
    <>
      {runs.map((r, i) => {
        let node = <>{r.text}</>;
        if (r.italic) node = <i>{node}</i>;
        if (r.bold) node = <b>{node}</b>;
        return <span key={i}>{node}</span>;
      })}
    </>
  );
}

function placeDateLine(draft: DraftDocument): string {
  if (draft.issuedOn) {
    const [y, m, d] = draft.issuedOn.split('-').map(Number) as [number, number, number];
    return `${draft.place}, ngày ${d < 10 ? `0${d}` : d} tháng ${m < 3 ? `0${m}` : m} năm ${y}`;
  }
  return `${draft.place}, ngày      tháng      năm ${draft.draftYear ?? new Date().getFullYear()}`;
}

/** An on-screen page laid out like the printed DOCX (NĐ 30 Phụ lục I); also what "In" prints. */
export function DraftPreview({ draft }: { draft: DraftDocument }) {
  const isLetter = draft.typeId === 'officialLetter';
  const labels = blockLabels(draft.body);
  const last = closingBlockIndex(draft.body);
  const number = draft.numberText ?? '\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0';
  return (
    <div className="a4" data-testid="draft-preview">
      <table className="a4-header">
        <tbody>
          <tr>
            <td className="left">
              {draft.parentIssuer ? <div>{draft.parentIssuer.toLocaleUpperCase('vi')}</div> : null}
              <div className="bold">{draft.issuer.toLocaleUpperCase('vi')}</div>
              <div className="rule short" />
              <div className="number">
                Số: {number}/{draft.symbol}
              </div>
              {isLetter && draft.subject ? <div className="vv">V/v {draft.subject}</div> : null}
            </td>
            <td className="right">
              <div className="bold national">CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</div>
              <div className="bold motto">Độc lập - Tự do - Hạnh phúc</div>
              <div className="rule motto-rule" />
              <div className="italic date">{placeDateLine(draft)}</div>
            </td>
          </tr>
        </tbody>
      </table>
      {draft.urgency !== 'normal' || draft.secrecy !== 'none' ? (
        <div className="stamps">
          {draft.secrecy !== 'none' ? <span className="stamp">{SECRECY_LABELS[draft.secrecy].toLocaleUpperCase('vi')}</span> : null}
          {draft.urgency !== 'normal' ? <span className="stamp">{URGENCY_LABELS[draft.urgency].toLocaleUpperCase('vi')}</span> : null}
        </div>
      ) : null}
      {!isLetter ? (
        <div className="title">
          <div className="bold type">{documentTypeName(draft.typeId).toLocaleUpperCase('vi')}</div>
          <div className="bold subject">{draft.subject}</div>
          <div className="rule short" />
        </div>
      ) : null}
      {draft.addressees.length === 1 ? (
        <p className="addressees">Kính gửi: {draft.addressees[0]}.</p>
      ) : draft.addressees.length > 1 ? (
        <div className="addressees">
          <span>Kính gửi:</span>
          <div>
            {listLines(draft.addressees).map((l) => (
              <div key={l}>{l}</div>
            ))}
          </div>
        </div>
      ) : null}
      <div className="body">
        {draft.body.map((block, i) => {
          const runs = blockDisplayRuns(block);
          const shown = i === last ? [...runs.slice(0, -1), { ...(runs.at(-1) ?? { text: '' }), text: withClosingMark(runs.at(-1)?.text ?? '') }] : runs;
          const className = block.kind === 'heading' ? `h${block.level}` : block.kind;
          return (
            <p key={i} className={className}>
              {labels[i]}
              <Runs runs={shown} />
            </p>
          );
        })}
      </div>
      <table className="a4-signature">
        <tbody>
          <tr>
            <td className="left">
              <div className="bold italic recipients-title">Nơi nhận:</div>
              {listLines(draft.distribution).map((l) => (
                <div key={l} className="recipient">
                  {l}
                </div>
              ))}
            </td>
            <td className="right">
              {capacityLines(draft.signingAuthority).map((capacity) => (
                <div key={capacity} className="bold">
                  {capacity}
                </div>
              ))}
              <div className="bold">{draft.signerTitle}</div>
              <div className="signature-space" />
              <div className="bold">{draft.signerName}</div>
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

import type { DocumentRecord } from '../../../shared/domain/document';
import type { DocumentFieldsInput } from '../../../shared/ipc/archive';
import { todayIso } from '../../../shared/text/dates';

/** The editable state of a document's fields plus its arrival, as strings (one per form control). */
export type DocumentForm = Record<
  | 'typeId' | 'numberText' | 'symbol' | 'issuer' | 'parentIssuer' | 'place' | 'issuedOn' | 'subject' | 'body' | 'addressees'
  | 'distribution' | 'signerName' | 'signerTitle' | 'signingAuthority' | 'urgency' | 'secrecy' | 'reportDeadline'
  | 'arrivedOn' | 'recipient' | 'note',
  string
>;

export function emptyDocumentForm(): DocumentForm {
  return {
    typeId: 'officialLetter', numberText: '', symbol: '', issuer: '', parentIssuer: '', place: '', issuedOn: '', subject: '',
    body: '', addressees: '', distribution: '', signerName: '', signerTitle: '', signingAuthority: '', urgency: 'normal',
    secrecy: 'none', reportDeadline: '', arrivedOn: todayIso(), recipient: '', note: '',
  };
}

/** The form of an archived document, to correct or complete it (arrival fields are the register's, left as they are). */
export function documentFormOf(d: DocumentRecord): DocumentForm {
  return {
    ...emptyDocumentForm(),
    typeId: d.typeId, numberText: d.numberText ?? '', symbol: d.symbol ?? '', issuer: d.issuer, parentIssuer: d.parentIssuer ?? '',
    place: d.place ?? '', issuedOn: d.issuedOn ?? '', subject: d.subject, body: d.body, addressees: d.addressees.join('\n'),
    distribution: d.distribution.join('\n'), signerName: d.signerName ?? '', signerTitle: d.signerTitle ?? '',
    signingAuthority: d.signingAuthority ?? '', urgency: d.urgency, secrecy: d.secrecy, reportDeadline: d.reportDeadline ?? '',
  };
}

const lines = (text: string) => text.split('\n').map((l) => l.trim()).filter(Boolean);

export function documentFieldsOf(form: DocumentForm): DocumentFieldsInput {
  return {
    typeId: form.typeId as DocumentFieldsInput['typeId'],
    numberText: form.numberText,
    symbol: form.symbol,
    issuer: form.issuer,
    parentIssuer: form.parentIssuer,
    place: form.place,
    issuedOn: form.issuedOn,
    subject: form.subject,
    body: form.body,
    addressees: lines(form.addressees),
    distribution: lines(form.distribution),
    signerName: form.signerName,
    signerTitle: form.signerTitle,
    signingAuthority: form.signingAuthority,
    urgency: form.urgency as DocumentFieldsInput['urgency'],
    secrecy: form.secrecy as DocumentFieldsInput['secrecy'],
    reportDeadline: form.reportDeadline,
  };
}

export function arrivalOf(form: DocumentForm, channel: 'paper' | 'file') {
  return { arrivedOn: form.arrivedOn, channel, recipient: form.recipient, note: form.note };
}

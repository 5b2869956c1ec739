import { Document, Packer } from 'docx';
import type { DraftDocument } from '../../../shared/domain/draft';
import { documentTypeName } from '../../../shared/domain/documentTypes';
import { bodyParagraphs } from './body';
import { headerTable } from './headerTable';
import { documentStyles, sectionProperties } from './pageSetup';
import { signatureGap, signatureTable } from './signature';
import { addresseeBlock, titleBlock } from './titleBlock';

/** Builds the docx object model of a draft; split from packing so a caller may add parts later. */
export function buildDraftDocument(draft: DraftDocument): Document {
  const typeName = documentTypeName(draft.typeId);
  return new Document({
    creator: draft.issuer,
    title: draft.subject.trim() ? `${typeName}: ${draft.subject.trim().replace(/\n/g, ' ')}` : typeName,
    styles: documentStyles,
    sections: [
      {
        ...sectionProperties(),
        children: [
          headerTable(draft),
          ...titleBlock(draft),
          ...addresseeBlock(draft),
          ...bodyParagraphs(draft.body),
          signatureGap(),
          signatureTable(draft),
        ],
      },
    ],
  });
}

/** Renders an outgoing draft as an NĐ 30/2020/NĐ-CP Phụ lục I DOCX. */
export async function renderDraftDocx(draft: DraftDocument): Promise<Uint8Array> {
  const buffer = await Packer.toBuffer(buildDraftDocument(draft));
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

import { PDFDocument, StandardFonts } from 'pdf-lib';
import { readPdfText } from './src/pdf/index.js';
const pdf = await PDFDocument.create();
const font = await pdf.embedFont(StandardFonts.Helvetica);
const page = pdf.addPage([595, 842]);
page.drawText('Hello world', { x: 50, y: 700, size: 10, font });
page.drawText('Second line', { x: 50, y: 680, size: 10, font });
const b = await pdf.save();
console.log(await readPdfText(b));

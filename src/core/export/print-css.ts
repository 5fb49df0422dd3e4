/** The printable page's style: A4 with margins, steps never split across pages, cautions stand out in black and white too. */
export const PRINT_CSS = `
@page { size: A4; margin: 16mm 15mm; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: #111; max-width: 180mm; margin: 0 auto; }
h1 { font-size: 18pt; margin: 0 0 2mm; }
h2 { font-size: 13pt; margin: 6mm 0 2mm; border-bottom: 1px solid #999; break-after: avoid; }
.meta { display: grid; grid-template-columns: max-content 1fr; gap: 0.5mm 4mm; font-size: 9.5pt; margin: 0 0 4mm; }
.meta dt { font-weight: 600; }
.meta dd { margin: 0; }
.source { font-size: 9pt; word-break: break-all; }
ol.steps, ul.done { list-style: none; padding: 0; margin: 0; }
.step, .done li { break-inside: avoid; page-break-inside: avoid; display: grid; grid-template-columns: 7mm 9mm 1fr; align-items: start; padding: 2mm 0; border-bottom: 1px solid #ddd; }
.done li { grid-template-columns: 7mm 1fr; }
.box { width: 4.5mm; height: 4.5mm; border: 1.5px solid #111; margin-top: 0.6mm; }
.number { font-weight: 700; }
.hints { font-size: 9.5pt; color: #444; font-style: italic; }
.caution { border: 1.5px solid #111; border-left: 5px solid #b45309; background: #fef3c7; padding: 1.5mm 2.5mm; margin: 1mm 0; font-weight: 600; }
.caution::before { content: "⚠ Caution: "; }
.safety { border: 1.5px solid #111; border-left: 5px solid #b45309; background: #fef3c7; padding: 2mm 3mm; break-inside: avoid; }
.substeps { margin: 1mm 0 0; padding-left: 5mm; }
table { border-collapse: collapse; width: 100%; font-size: 9.5pt; }
th, td { border: 1px solid #bbb; padding: 1mm 2mm; text-align: left; vertical-align: top; }
tr { break-inside: avoid; }
footer { margin-top: 8mm; font-size: 8.5pt; color: #444; }
`;

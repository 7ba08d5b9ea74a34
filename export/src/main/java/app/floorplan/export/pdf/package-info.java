/**
 * PDF documents with OpenPDF: the home program handout and the patient's copy of her record. Text is always added as
 * text (never parsed as markup), in Liberation Sans embedded as a subset, in black on white so it prints on any
 * printer.
 */
@NullMarked
package app.floorplan.export.pdf;

import org.jspecify.annotations.NullMarked;

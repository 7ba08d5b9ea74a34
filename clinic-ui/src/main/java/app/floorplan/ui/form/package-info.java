/** Form plumbing shared by the clinical forms: messages next to fields, unsaved-change guards, conflict banners. */
@NullMarked
package app.floorplan.ui.form;

import org.jspecify.annotations.NullMarked;

/** The bladder and bowel diary: the patient's phone screen and the PT's tab. */
@NullMarked
package app.floorplan.ui.diary;

import org.jspecify.annotations.NullMarked;

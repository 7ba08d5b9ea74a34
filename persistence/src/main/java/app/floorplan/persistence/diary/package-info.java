/** The patients' bladder and bowel diaries on PostgreSQL. */
@NullMarked
package app.floorplan.persistence.diary;

import org.jspecify.annotations.NullMarked;

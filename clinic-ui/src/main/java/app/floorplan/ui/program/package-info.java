/**
 * The home program screens: the editor a PT builds and revises a patient's program in (with suggestions from the
 * findings, each with its reason, and the prescription gate's answer), the versions with a readable diff, and the
 * program tab on the patient page.
 */
@NullMarked
package app.floorplan.ui.program;

import org.jspecify.annotations.NullMarked;

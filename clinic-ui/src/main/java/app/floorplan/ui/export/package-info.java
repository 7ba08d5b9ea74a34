/**
 * Exports in the clinic application: the wiring of core's export use cases to the PDF and FHIR adapters, the staff
 * FHIR API, the PT's export tab, the admin's record copy and the patient's "My record" page.
 */
@NullMarked
package app.floorplan.ui.export;

import org.jspecify.annotations.NullMarked;

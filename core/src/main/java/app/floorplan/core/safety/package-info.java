/**
 * The patient's safety net: the postnatal warning signs in plain words with what to do about each, shown on her plan
 * and log pages, and the recognition of a warning sign in her own words.
 */
@NullMarked
package app.floorplan.core.safety;

import org.jspecify.annotations.NullMarked;

package app.floorplan.core.progress;

import java.time.LocalDate;

/** A pain rating (NRS 0-10) she logged on a day. */
public record PainPoint(LocalDate day, int pain) {}

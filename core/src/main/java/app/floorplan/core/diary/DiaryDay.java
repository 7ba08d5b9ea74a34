package app.floorplan.core.diary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One diary day as the PT reads it: how often she passed urine (and how often that woke her), leaks by trigger, what
 * she drank and passed, pads and bowel movements. Struck-out lines do not count.
 *
 * @param voids every time she passed urine that day (24 h frequency)
 * @param nightVoids those that woke her (nocturia)
 * @param voidedMl the sum of the measured voids only
 * @param measuredVoids how many voids she measured
 * @param stoolTypes the Bristol form of each bowel movement, in time order
 */
public record DiaryDay(
        LocalDate date,
        int voids,
        int nightVoids,
        int leaks,
        Map<LeakTrigger, Integer> leakTriggers,
        int drinks,
        int drinksMl,
        int measuredVoids,
        int voidedMl,
        Optional<Integer> largestVoidMl,
        int highestUrgency,
        int padsChanged,
        List<BristolType> stoolTypes,
        int straining) {

    public DiaryDay {
        var triggers = new EnumMap<LeakTrigger, Integer>(LeakTrigger.class);
        triggers.putAll(leakTriggers);
        leakTriggers = Collections.unmodifiableMap(triggers);
        stoolTypes = List.copyOf(stoolTypes);
    }

    /** The days of these entries, oldest first; struck-out lines left out. */
    public static List<DiaryDay> of(List<DiaryEntry> entries) {
        var byDate = new TreeMap<LocalDate, List<DiaryEntry>>();
        entries.stream().filter(entry -> !entry.struckOut()).forEach(entry -> byDate.computeIfAbsent(
                        entry.date(), key -> new ArrayList<>())
                .add(entry));
        return byDate.entrySet().stream()
                .map(day -> day(day.getKey(), day.getValue()))
                .toList();
    }

    private static DiaryDay day(LocalDate date, List<DiaryEntry> entries) {
        int voids = 0;
        int night = 0;
        int leaks = 0;
        var triggers = new EnumMap<LeakTrigger, Integer>(LeakTrigger.class);
        int drinks = 0;
        int drinksMl = 0;
        int measured = 0;
        int voidedMl = 0;
        Integer largest = null;
        int urgency = 0;
        int pads = 0;
        var stools = new ArrayList<BristolType>();
        int straining = 0;
        var inTimeOrder = entries.stream()
                .sorted(java.util.Comparator.comparing(DiaryEntry::time))
                .toList();
        for (DiaryEntry entry : inTimeOrder) {
            switch (entry) {
                case BladderEntry bladder -> {
                    if (bladder.drinkMl().isPresent()) {
                        drinks++;
                        drinksMl += bladder.drinkMl().get();
                    }
                    if (bladder.urination().isPresent()) {
                        Urination urination = bladder.urination().get();
                        voids++;
                        night += urination.wokeHer() ? 1 : 0;
                        urgency = Math.max(urgency, urination.urgency());
                        if (urination.volumeMl().isPresent()) {
                            int ml = urination.volumeMl().get();
                            measured++;
                            voidedMl += ml;
                            largest = largest == null ? ml : Math.max(largest, ml);
                        }
                    }
                    if (bladder.leak().isPresent()) {
                        leaks++;
                        triggers.merge(bladder.leak().get(), 1, Integer::sum);
                    }
                    pads += bladder.padChanged() ? 1 : 0;
                }
                case BowelEntry bowel -> {
                    stools.add(bowel.stool());
                    straining += bowel.straining() ? 1 : 0;
                }
            }
        }
        return new DiaryDay(
                date,
                voids,
                night,
                leaks,
                triggers,
                drinks,
                drinksMl,
                measured,
                voidedMl,
                Optional.ofNullable(largest),
                urgency,
                pads,
                stools,
                straining);
    }

    public int bowelMovements() {
        return stoolTypes.size();
    }

    /** Voids while awake: all voids less the ones that woke her. */
    public int dayVoids() {
        return voids - nightVoids;
    }
}

package app.floorplan.core.diary;

import app.floorplan.core.validation.InvalidInputException;

/**
 * Bristol stool form scale [LEWIS-1997]: seven stool forms from hard lumps (1) to entirely liquid (7); 1-2 suggest
 * constipation, 6-7 diarrhoea. Descriptions in FloorPlan's own words.
 */
public enum BristolType {
    TYPE_1("Separate hard lumps"),
    TYPE_2("Lumpy, sausage-shaped"),
    TYPE_3("Sausage-shaped with cracks on the surface"),
    TYPE_4("Smooth and soft, like a sausage or snake"),
    TYPE_5("Soft blobs with clear edges"),
    TYPE_6("Fluffy, mushy pieces with ragged edges"),
    TYPE_7("Watery, no solid pieces");

    private final String description;

    BristolType(String description) {
        this.description = description;
    }

    public static BristolType of(int number) {
        if (number < 1 || number > 7) {
            throw new InvalidInputException(DiaryFields.STOOL_TYPE, "Choose a stool type from 1 to 7");
        }
        return values()[number - 1];
    }

    public int number() {
        return ordinal() + 1;
    }

    public String description() {
        return description;
    }

    /** "Type 4: smooth and soft, like a sausage or snake". */
    public String label() {
        return "Type " + number() + ": " + description.substring(0, 1).toLowerCase() + description.substring(1);
    }

    /** [LEWIS-1997]: types 1 and 2 are the hard stools of slow transit. */
    public boolean hard() {
        return number() <= 2;
    }

    /** [LEWIS-1997]: types 6 and 7 are the loose stools of fast transit. */
    public boolean loose() {
        return number() >= 6;
    }
}

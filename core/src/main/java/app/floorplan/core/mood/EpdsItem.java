package app.floorplan.core.mood;

/**
 * The ten items of the Edinburgh Postnatal Depression Scale [COX-1987], each named by its topic only. The wording is
 * the Royal College of Psychiatrists' copyright and needs its written permission to be republished online, so
 * FloorPlan does not ship it: the woman fills in the clinic's licensed paper copy and the PT enters each item's score
 * (0-3, as the scoring key gives it: items 1, 2 and 4 score 0-3 from the top answer, the other seven 3-0).
 */
public enum EpdsItem {
    LAUGHTER(1, "laughter, seeing the funny side"),
    ENJOYMENT(2, "looking forward with enjoyment"),
    SELF_BLAME(3, "blaming herself"),
    ANXIETY(4, "anxiety or worry"),
    FEAR(5, "feeling scared or panicky"),
    COPING(6, "coping"),
    SLEEP(7, "unhappiness that spoils sleep"),
    SADNESS(8, "sadness"),
    CRYING(9, "crying"),
    SELF_HARM(10, "thoughts of harming herself");

    /** The highest score of an item. */
    public static final int MAX_ITEM_SCORE = 3;

    private final int number;
    private final String topic;

    EpdsItem(int number, String topic) {
        this.number = number;
        this.topic = topic;
    }

    /** The item's number on the printed scale, 1-10. */
    public int number() {
        return number;
    }

    /** What the item asks about, in FloorPlan's words. */
    public String topic() {
        return topic;
    }

    /** The label of the item's score field, e.g. "Item 10: thoughts of harming herself". */
    public String label() {
        return "Item " + number + ": " + topic;
    }

    /** The form field key of this item, e.g. {@code "epds.item10"}. */
    public String field() {
        return "epds.item" + number;
    }
}

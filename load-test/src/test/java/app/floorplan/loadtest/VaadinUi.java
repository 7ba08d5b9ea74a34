package app.floorplan.loadtest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One virtual user's Vaadin UI as a browser tracks it: the UI id and security key from the init request, the sync and
 * client ids of the last response, the state node of every element with an id, and the requests a browser sends by
 * itself after rendering a response (property echoes of new components, grid data confirmations, return values of
 * server-side JavaScript calls). A virtual user runs its requests one after another, so this state needs no locking.
 */
public final class VaadinUi {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern SECURITY_KEY =
            Pattern.compile("Vaadin-Security-Key\\\\?\"\\s*:\\s*\\\\?\"([0-9a-zA-Z-]+)");
    private static final Pattern SYNC_ID = Pattern.compile("\"?syncId\\\\?\"\\s*:\\s*(\\d+)");
    private static final Pattern CLIENT_ID = Pattern.compile("\"?clientId\\\\?\"\\s*:\\s*(\\d+)");
    private static final Pattern ELEMENT_ID =
            Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":3,\"value\":\"([^\"]+)\"");
    /** A listener for a property-change event of a new component: the browser fires each once when it upgrades it. */
    private static final Pattern CHANGE_LISTENER =
            Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"([a-z-]+-changed)\",\"feat\":4,");

    private static final Pattern GRID_CONFIRM =
            Pattern.compile("\\[\\{\"@v-node\":(\\d+)},(\\d+),\"return \\$0\\.\\$connector\\.confirm\\(\\$1\\)\"]");
    /** {@code executeJs("return 0").then(...)}: the browser answers on the return channel with 0. */
    private static final Pattern RETURN_ZERO = Pattern.compile(
            "\\[\\{\"@v-return\":\\[(\\d+),(\\d+)]},\\{\"@v-return\":\\[\\d+,\\d+]},\"try\\{Promise\\.resolve\\(\\(async"
                    + " function\\(\\)\\{return 0}\\)\\(\\)\\)");
    /** Tabs announce their selected tab to the server once they are upgraded in the browser. */
    private static final Pattern SELECTED_TAB_HANDLER = Pattern.compile(
            "\"node\":(\\d+),\"type\":\"splice\",\"feat\":19,\"index\":0,\"add\":\\[\"updateSelectedTab\"]");

    private static final Pattern CHILDREN =
            Pattern.compile("\"node\":(\\d+),\"type\":\"splice\",\"feat\":2,\"index\":0,\"addNodes\":\\[([0-9,]+)]");

    private static final String CLICK_DATA = "{\"event.shiftKey\":false,\"event.metaKey\":false,\"event.detail\":1,"
            + "\"event.ctrlKey\":false,\"event.clientX\":320,\"event.clientY\":240,\"event.altKey\":false,"
            + "\"event.button\":0,\"event.screenY\":340,\"event.screenX\":330}";

    private String uiId = "";
    private String securityKey = "";
    private int syncId;
    private int clientId;
    private int promise;
    private final Map<String, Integer> nodes = new HashMap<>();
    private final Map<Integer, List<Integer>> children = new HashMap<>();
    private final List<String> followUps = new ArrayList<>();
    private String lastResponse = "";

    /** Reads the answer to {@code GET /?v-r=init}: a new UI, its key and its first sync ids. */
    public void init(String body) {
        uiId = find(UI_ID, body);
        securityKey = find(SECURITY_KEY, body);
        syncId = Integer.parseInt(find(SYNC_ID, body));
        clientId = Integer.parseInt(find(CLIENT_ID, body));
        nodes.clear();
        children.clear();
        followUps.clear();
        promise = 0;
        lastResponse = body;
    }

    /** Reads a UIDL response: the ids to send next, new elements, and what the browser would answer by itself. */
    public void apply(String body) {
        lastResponse = body;
        Matcher sync = SYNC_ID.matcher(body);
        if (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
        }
        Matcher client = CLIENT_ID.matcher(body);
        if (client.find()) {
            clientId = Integer.parseInt(client.group(1));
        }
        Matcher ids = ELEMENT_ID.matcher(body);
        while (ids.find()) {
            nodes.put(ids.group(2), Integer.parseInt(ids.group(1)));
        }
        Matcher added = CHILDREN.matcher(body);
        while (added.find()) {
            List<Integer> list = new ArrayList<>();
            for (String node : added.group(2).split(",")) {
                list.add(Integer.parseInt(node));
            }
            children.put(Integer.parseInt(added.group(1)), list);
        }
        List<String> browserRpcs = new ArrayList<>();
        Set<String> echoes = new LinkedHashSet<>();
        Matcher listeners = CHANGE_LISTENER.matcher(body);
        while (listeners.find()) {
            echoes.add(event(Integer.parseInt(listeners.group(1)), listeners.group(2), "{}"));
        }
        browserRpcs.addAll(echoes);
        Matcher confirms = GRID_CONFIRM.matcher(body);
        while (confirms.find()) {
            browserRpcs.add(published(Integer.parseInt(confirms.group(1)), "confirmUpdate", confirms.group(2)));
        }
        Matcher tabs = SELECTED_TAB_HANDLER.matcher(body);
        while (tabs.find()) {
            browserRpcs.add(published(Integer.parseInt(tabs.group(1)), "updateSelectedTab", "true"));
        }
        Matcher returns = RETURN_ZERO.matcher(body);
        while (returns.find()) {
            browserRpcs.add("{\"type\":\"channel\",\"node\":" + returns.group(1) + ",\"channel\":" + returns.group(2)
                    + ",\"args\":[0]}");
        }
        if (!browserRpcs.isEmpty()) {
            followUps.add(String.join(",", browserRpcs));
        }
    }

    public boolean hasFollowUp() {
        return !followUps.isEmpty();
    }

    /** The next request the browser sends by itself, as a UIDL body. */
    public String nextFollowUp() {
        return envelope(followUps.removeFirst());
    }

    public String uiId() {
        return uiId;
    }

    public String lastResponse() {
        return lastResponse;
    }

    public int node(String elementId) {
        Integer node = nodes.get(elementId);
        if (node == null) {
            throw new IllegalStateException("no element with id " + elementId + " in this UI");
        }
        return node;
    }

    /** The position of {@code child} among {@code parent}'s children, as the browser counts tabs. */
    public int childIndex(int parent, int child) {
        return Optional.ofNullable(children.get(parent))
                .map(list -> list.indexOf(child))
                .filter(index -> index >= 0)
                .orElseThrow(() -> new IllegalStateException("node " + child + " is no child of " + parent));
    }

    /** The parent of an element whose children were announced in a response. */
    public int parentOf(int child) {
        return children.entrySet().stream()
                .filter(entry -> entry.getValue().contains(child))
                .map(Map.Entry::getKey)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no parent known for node " + child));
    }

    /** The router's navigation event, as a click on a link or the address bar sends it. */
    public String navigate(String route, String query) {
        return envelope(event(
                1,
                "ui-navigate",
                "{\"route\":\"" + route + "\",\"query\":\"" + query
                        + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},\"trigger\":\"\"}"));
    }

    public String click(String elementId) {
        return envelope(event(node(elementId), "click", CLICK_DATA));
    }

    /** Typing into a text field and leaving it: the value, then the field's change event. */
    public String type(String elementId, String value) {
        int node = node(elementId);
        return envelope(sync(node, "value", json(value)) + "," + event(node, "change", "{}"));
    }

    /** A number field also sends what its input element shows. */
    public String typeNumber(String elementId, int value) {
        int node = node(elementId);
        return envelope(sync(node, "value", json(String.valueOf(value))) + ","
                + sync(node, "_inputElementValue", json(String.valueOf(value))) + "," + event(node, "change", "{}"));
    }

    /** A search field with lazy value change mode: the value and the debounced input event. */
    public String typeLazily(String elementId, String value) {
        int node = node(elementId);
        return envelope(
                sync(node, "value", json(value)) + "," + event(node, "input", "{\"1\":1,\"for\":\"trailing\"}"));
    }

    /** Choosing an option of a radio group or select: its item key ("1" is the first item). */
    public String choose(String elementId, String itemKey) {
        int node = node(elementId);
        return envelope(sync(node, "value", json(itemKey)) + "," + event(node, "value-changed", "{}"));
    }

    /** Opening a collapsible section (details). */
    public String open(String elementId) {
        int node = node(elementId);
        return envelope(sync(node, "opened", "true") + "," + event(node, "opened-changed", "{}"));
    }

    /** Selecting a tab: the tabs element's selected index. */
    public String selectTab(String tabId) {
        int tab = node(tabId);
        int tabs = parentOf(tab);
        return envelope(sync(tabs, "selected", String.valueOf(childIndex(tabs, tab))) + ","
                + event(tabs, "selected-changed", "{}"));
    }

    /** A click on a grid row: select it, then the item click event with the row's key. */
    public String clickRow(String gridId, String itemKey) {
        int grid = node(gridId);
        return envelope(published(grid, "select", json(itemKey)) + ","
                + published(grid, "setDetailsVisible", json(itemKey)) + ","
                + event(
                        grid,
                        "item-click",
                        "{\"event.detail.button\":0,\"event.detail.itemKey\":" + json(itemKey)
                                + ",\"event.detail.internalColumnId\":\"col0\",\"event.detail.detail\":1,"
                                + "\"event.detail.metaKey\":false,\"event.detail.shiftKey\":false,"
                                + "\"event.detail.altKey\":false,\"event.detail.ctrlKey\":false}"));
    }

    private String envelope(String rpcs) {
        return "{\"csrfToken\":\"" + securityKey + "\",\"rpc\":[" + rpcs + "],\"syncId\":" + syncId + ",\"clientId\":"
                + clientId + "}";
    }

    private static String event(int node, String event, String data) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + event + "\",\"data\":" + data + "}";
    }

    private static String sync(int node, String property, String value) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property + "\",\"value\":"
                + value + "}";
    }

    private String published(int node, String method, String argument) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
                + "\",\"templateEventMethodArgs\":[" + argument + "],\"promise\":" + promise++ + "}";
    }

    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("not in the init response: " + pattern.pattern());
        }
        return matcher.group(1);
    }
}

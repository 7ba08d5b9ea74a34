package app.floorplan.core.reminder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A sender that records what it would send and answers as told per endpoint. */
final class RecordingSender implements ReminderSender {

    final List<String> pushed = new ArrayList<>();
    final List<String> mailed = new ArrayList<>();
    final Map<String, SendOutcome> answers = new HashMap<>();
    boolean emailAvailable = true;

    @Override
    public SendOutcome push(PushDevice device) {
        pushed.add(device.endpoint());
        return answers.getOrDefault(device.endpoint(), SendOutcome.SENT);
    }

    @Override
    public SendOutcome email(String address) {
        mailed.add(address);
        return SendOutcome.SENT;
    }

    @Override
    public boolean emailAvailable() {
        return emailAvailable;
    }
}

package app.floorplan.ui.security;

import app.floorplan.core.account.AccountSessions;
import app.floorplan.core.identity.AccountId;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The servlet container's open sessions, so every session of an account can be invalidated on the server at once
 * (an admin disabled it). A session names its account in an attribute set at login; the attribute moves with the
 * session when its id changes, which a registry keyed by session id would have to follow separately.
 */
class OpenSessions implements AccountSessions, HttpSessionListener, HttpSessionIdListener {

    static final String ACCOUNT = OpenSessions.class.getName() + ".account";

    private final Map<String, HttpSession> byId = new ConcurrentHashMap<>();

    @Override
    public void endAll(AccountId account) {
        List<HttpSession> ofAccount = byId.values().stream()
                .filter(session -> account.equals(accountOf(session)))
                .toList();
        ofAccount.forEach(OpenSessions::invalidate);
    }

    private static Object accountOf(HttpSession session) {
        try {
            return session.getAttribute(ACCOUNT);
        } catch (IllegalStateException alreadyGone) {
            return "";
        }
    }

    private static void invalidate(HttpSession session) {
        try {
            session.invalidate();
        } catch (IllegalStateException alreadyGone) {
            // ended by a timeout or a logout in the meantime: nothing left to end
        }
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        byId.put(event.getSession().getId(), event.getSession());
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        byId.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        byId.remove(oldSessionId);
        byId.put(event.getSession().getId(), event.getSession());
    }
}

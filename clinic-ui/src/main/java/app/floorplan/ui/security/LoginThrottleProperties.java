package app.floorplan.ui.security;

import app.floorplan.core.account.throttle.ThrottleRules;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code floorplan.security.login-throttle.*}: how many failed logins lock a user name or a source address, and for
 * how long. The address limit is higher because a whole clinic may log in from one address.
 */
@ConfigurationProperties("floorplan.security.login-throttle")
record LoginThrottleProperties(
        @DefaultValue Limit account,
        @DefaultValue("20") int addressMaxFailures,
        @DefaultValue("15m") Duration window) {

    record Limit(
            @DefaultValue("5") int maxFailures,
            @DefaultValue("1m") Duration firstLock,
            @DefaultValue("15m") Duration maxLock) {}

    ThrottleRules accountRules() {
        return new ThrottleRules(account.maxFailures(), window, account.firstLock(), account.maxLock());
    }

    ThrottleRules addressRules() {
        return new ThrottleRules(addressMaxFailures, window, account.firstLock(), account.maxLock());
    }
}

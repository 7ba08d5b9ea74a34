package app.floorplan.core.testing;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.function.Function;

/**
 * A fake of another feature's port that answers only the calls the use case under test makes; any other call fails
 * loudly. The fake keeps compiling when that port gains methods for its own feature.
 */
public final class PortFake {

    private PortFake() {}

    public static <T> T of(Class<T> port, Map<String, Function<Object[], Object>> answers) {
        return port.cast(Proxy.newProxyInstance(port.getClassLoader(), new Class<?>[] {port}, (proxy, method, args) -> {
            var answer = answers.get(method.getName());
            if (answer == null && method.isDefault()) {
                // a port's default method is built on its other methods: run it against the answers given
                return InvocationHandler.invokeDefault(proxy, method, args);
            }
            if (answer == null) {
                throw new UnsupportedOperationException(port.getSimpleName() + "." + method.getName());
            }
            return answer.apply(args);
        }));
    }
}

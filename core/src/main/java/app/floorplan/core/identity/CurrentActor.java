package app.floorplan.core.identity;

/** Port: who is logged in. Implemented by the application from its security context. */
public interface CurrentActor {

    /**
     * The logged-in actor.
     *
     * @throws AccessRefusedException when nobody is logged in
     */
    Actor require();
}

package press.reader.robust.fuzz;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * The fuzz properties run with a fixed seed and few tries so the normal suite stays fast. A longer campaign
 * overrides both from the command line:
 * {@code -Dfuzz.tries=100000 -Dfuzz.seed=random} (or a number, to replay a seed a failure printed).
 */
public final class FuzzBudget implements AroundPropertyHook {
    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String tries = System.getProperty("fuzz.tries");
        if (tries != null && tries.matches("\\d+")) context.attributes().setTries(Integer.parseInt(tries));
        String seed = System.getProperty("fuzz.seed");
        if (seed != null && !seed.isBlank()) {
            context.attributes().setSeed(seed.equals("random") ? Long.toString(new java.util.Random().nextLong()) : seed);
        }
        return property.execute();
    }

    @Override
    public net.jqwik.api.lifecycle.PropagationMode propagateTo() {
        // registered on a class, it must reach the properties in it
        return net.jqwik.api.lifecycle.PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public int aroundPropertyProximity() {
        // outside jqwik's own hooks, so the attributes are set before the property's generation starts
        return -100;
    }
}

package org.gan4j.core.run;

import org.gan4j.core.data.DataKind;

/** What a default can depend on while a description is being resolved: the kind of data and the other options. */
public interface Resolver {
    /** @return the kind of data the run trains on */
    DataKind kind();

    /**
     * @param <V> the value's type
     * @param option another option, which must not depend on the one being resolved
     * @return its resolved value
     */
    <V> V get(RunOption<V> option);
}

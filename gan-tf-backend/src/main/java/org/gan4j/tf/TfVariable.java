package org.gan4j.tf;

import org.gan4j.api.tensor.Initializer;
import org.gan4j.api.tensor.Variable;
import org.tensorflow.Operand;
import org.tensorflow.op.core.Assign;
import org.tensorflow.op.core.Placeholder;
import org.tensorflow.types.TFloat32;

/**
 * A {@link Variable} on a TensorFlow {@code VariableV2}. As a tensor it is the variable's {@code Identity}
 * read, which every model op consumes; the raw reference is used only as an assignment target.
 */
final class TfVariable extends TfTensor implements Variable {
    private final String name;
    private final boolean trainable;
    private final Operand<TFloat32> reference;
    private final Initializer initializer;
    private final Placeholder<TFloat32> writeValue;
    private final Assign<TFloat32> write;

    TfVariable(String name, boolean trainable, Operand<TFloat32> reference, Operand<TFloat32> read,
            Initializer initializer, Placeholder<TFloat32> writeValue, Assign<TFloat32> write, TfComputation owner) {
        super(read, owner);
        this.name = name;
        this.trainable = trainable;
        this.reference = reference;
        this.initializer = initializer;
        this.writeValue = writeValue;
        this.write = write;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean trainable() {
        return trainable;
    }

    Operand<TFloat32> reference() {
        return reference;
    }

    Initializer initializer() {
        return initializer;
    }

    Placeholder<TFloat32> writeValue() {
        return writeValue;
    }

    Assign<TFloat32> write() {
        return write;
    }

    @Override
    public String toString() {
        return "Variable(" + name + shape() + ")";
    }
}

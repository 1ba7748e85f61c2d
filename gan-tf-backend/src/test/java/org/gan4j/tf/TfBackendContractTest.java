package org.gan4j.tf;

import org.gan4j.tck.BackendContract;

/** The TensorFlow backend passes the whole backend contract, second derivatives of every op included. */
class TfBackendContractTest extends BackendContract {
    TfBackendContractTest() {
        super(new TfBackendProvider());
    }
}

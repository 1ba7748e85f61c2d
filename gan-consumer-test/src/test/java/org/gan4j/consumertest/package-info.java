/**
 * gan4j as its users get it: {@link org.gan4j.consumertest.BomTest} checks that the BOM lists every published module
 * at the parent's version with the parent's metadata; {@link org.gan4j.consumertest.ConsumerProjectIT} installs the
 * built artifacts into a temporary local repository and builds and runs a small project that imports the BOM.
 */
package org.gan4j.consumertest;

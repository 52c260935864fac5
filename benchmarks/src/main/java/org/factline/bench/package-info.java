/**
 * JMH benchmarks of Factline's pure domain code. Each benchmark class names its data source; those
 * that read {@code ../shared} say so and stop with a clear message when it is absent.
 */
package org.factline.bench;

/** JMH benchmarks of validation and counting. */
package io.github.childcarerules.bench;

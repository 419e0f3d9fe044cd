package io.github.childcarerules.bench;

import io.github.childcarerules.core.record.ParentChildRecord;
import io.github.childcarerules.core.validation.RecordValidator;
import io.github.childcarerules.core.validation.ValidationReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validating one record: every rule of RULES.md §1–7 with {@link RecordValidator}, beside Hibernate
 * Validator checking only the field-level constraints of the same record. Run with {@code -prof gc}
 * to see the bytes allocated per validation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
  private ParentChildRecord typical;
  private ParentChildRecord invalid;
  private BeanValidationPeer.RecordDto typicalDto;
  private BeanValidationPeer.RecordDto invalidDto;
  private Validator beanValidator;

  @Setup
  public void setUp() {
    typical = Records.typical();
    invalid = Records.invalid();
    typicalDto = BeanValidationPeer.of(typical);
    invalidDto = BeanValidationPeer.of(invalid);
    beanValidator = Validation.buildDefaultValidatorFactory().getValidator();
  }

  @Benchmark
  public ValidationReport allRulesOnAValidRecord() {
    return RecordValidator.validate(typical);
  }

  @Benchmark
  public ValidationReport allRulesOnAnInvalidRecord() {
    return RecordValidator.validate(invalid);
  }

  @Benchmark
  public Set<ConstraintViolation<BeanValidationPeer.RecordDto>>
      beanValidationFieldsOfAValidRecord() {
    return beanValidator.validate(typicalDto);
  }

  @Benchmark
  public Set<ConstraintViolation<BeanValidationPeer.RecordDto>>
      beanValidationFieldsOfAnInvalidRecord() {
    return beanValidator.validate(invalidDto);
  }
}

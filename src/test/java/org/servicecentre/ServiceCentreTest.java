package org.servicecentre;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The one Spring test context most integration tests share: the whole app on in-memory H2 with the demo
 * neighbourhood seeded. Keep it identical everywhere so Spring caches one context instead of starting many.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@ContextConfiguration(initializers = MailSink.class)
public @interface ServiceCentreTest {
}

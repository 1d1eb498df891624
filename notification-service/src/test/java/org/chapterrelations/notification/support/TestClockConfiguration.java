package org.chapterrelations.notification.support;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Found by the application's component scan in every test context (a plain {@code @Configuration}, so all
 * test classes share one context and one consumer group): the controllable clock replaces the system one, and e-mail goes to GreenMail.
 */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    TestClock testClock() {
        return new TestClock();
    }

    /** Points the service's SMTP client at the test JVM's GreenMail server. */
    @Bean
    static BeanPostProcessor smtpToGreenMail() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof JavaMailSenderImpl mail) {
                    mail.setHost("127.0.0.1");
                    mail.setPort(TestSmtp.port());
                }
                return bean;
            }
        };
    }
}

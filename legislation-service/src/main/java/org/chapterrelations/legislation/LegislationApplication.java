package org.chapterrelations.legislation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Bills that affect libraries, the office's positions on them, and advocacy campaigns. */
@SpringBootApplication
public class LegislationApplication {

    public static void main(String[] args) {
        SpringApplication.run(LegislationApplication.class, args);
    }
}

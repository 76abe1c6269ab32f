package org.copact;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CopactApplication {

    public static void main(String[] args) {
        SpringApplication.run(CopactApplication.class, args);
    }
}

package id.go.banggaikab.rekap;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RekapApplication {
    public static void main(String[] args) {
        System.exit(SpringApplication.exit(SpringApplication.run(RekapApplication.class, args)));
    }
}

package id.go.banggaikab.rekap.job;

import id.go.banggaikab.rekap.shared.Periode;
import org.springframework.batch.core.scope.context.ChunkContext;

/** The quarter a job execution is for, from its {@code tahun} and {@code triwulan} parameters. */
final class JobPeriode {

    private JobPeriode() {
    }

    static Periode of(ChunkContext context) {
        var params = context.getStepContext().getStepExecution().getJobParameters();
        return new Periode(params.getLong("tahun").intValue(), params.getLong("triwulan").intValue());
    }
}

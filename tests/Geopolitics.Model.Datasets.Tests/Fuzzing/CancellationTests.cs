using System.Diagnostics;
using System.Text;
using Geopolitics.Model.BuiltIn;
using Geopolitics.Model.Datasets.Atop;
using Geopolitics.Model.Datasets.Cow;
using Geopolitics.Model.Datasets.Sipri;
using Geopolitics.Model.Datasets.Unga;
using Geopolitics.Model.Scenarios;
using Geopolitics.Model.Serialization;

namespace Geopolitics.Model.Datasets.Tests.Fuzzing;

/// <summary>
/// Loaders take a cancellation token: a read that makes no progress (a FIFO with a silent writer) gives up when it is
/// cancelled, and a FIFO that sends its data is read as a file is (issue 15, item 9).
/// </summary>
public sealed class CancellationTests : IDisposable
{
    // Two votes of the 2016 release (Voeten): the United States and Canada, yes, on roll call 3.
    private const string Unga2016 =
        "\"rcid\",\"session\",\"vote\",\"ccode\",\"member\",\"importantvote\",\"date\",\"unres\",\"me\",\"nu\",\"di\",\"hr\",\"co\",\"ec\",\"year\"\n" +
        "3,1,1,2,1,0,\"1/1/1946\",\"R/1/66\",0,0,0,0,0,\"0\",1946\n" +
        "3,1,1,20,1,0,\"1/1/1946\",\"R/1/66\",0,0,0,0,0,\"0\",1946\n";

    private readonly string _folder = Directory.CreateTempSubdirectory("geopolitics-cancel-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void ScenarioLoad_SourceThatSendsNothing_GivesUpWhenCancelled()
    {
        using var silent = new SilentStream();
        using var cancel = new CancellationTokenSource();

        var load = Task.Run(() => ScenarioJson.Load(silent, "fifo", null, cancel.Token));
        silent.Entered.Wait();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => load.GetAwaiter().GetResult());
    }

    [Fact]
    public void SipriImportFrom_SourceThatSendsNothing_GivesUpWhenCancelled()
    {
        using var silent = new SilentStream();
        using var cancel = new CancellationTokenSource();

        var import = Task.Run(() => SipriImporter.ImportFrom(silent, "fifo", null, cancel.Token));
        silent.Entered.Wait();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => import.GetAwaiter().GetResult());
    }

    [Fact]
    public void Importers_CancelledToken_StopBeforeTheRows()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        const string cow = "version4id,ccode,all_st_day,all_st_month,all_st_year,all_end_day,all_end_month,all_end_year,mem_st_day,mem_st_month,mem_st_year,mem_end_day,mem_end_month,mem_end_year,left_censor,right_censor,defense,neutrality,nonaggression,entente\n1,2,1,1,1950,,,,1,1,1950,,,,0,0,1,0,0,0\n";
        const string unga = Unga2016;
        const string atop = "atopid,member,yrent,moent,dayent,yrexit,moexit,dayexit,phase,defense,offense,neutral,nonagg,consul,version\n9001,2,1950,1,1,0,0,0,1,1,0,0,0,0,5.1\n";

        Assert.ThrowsAny<OperationCanceledException>(() => CowAllianceImporter.ImportFrom(new StringReader(cow), "cow.csv", null, cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => AtopImporter.ImportFrom(new StringReader(atop), "atop.csv", null, null, null, cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => SipriImporter.ImportFrom(new MemoryStream([1, 2, 3]), "sipri.csv", null, cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => UngaImporter.ImportFrom(new StringReader(unga), "votes.csv", cancellationToken: cancel.Token));
    }

    [Fact]
    public void UngaImport_CancelledToken_StopsAndAnUncancelledOneReadsTheSameFile()
    {
        var votes = Path.Combine(_folder, "votes.csv");
        File.WriteAllText(votes, Unga2016);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => UngaImporter.Import(votes, null, cancel.Token));
        var import = UngaImporter.Import(votes);
        Assert.True(import.Succeeded);
        Assert.Equal(2, import.Votes.Length);
    }

    [FifoFact]
    public void ScenarioLoadFile_Fifo_IsReadLikeAFile()
    {
        var fifo = Path.Combine(_folder, "scenario.fifo");
        using (var mkfifo = Process.Start("mkfifo", fifo))
        {
            mkfifo.WaitForExit();
        }

        var text = Encoding.UTF8.GetBytes(ScenarioJson.Serialize(BuiltInScenarios.RussiaDprk2024));
        var writer = Task.Run(() =>
        {
            using var stream = new FileStream(fifo, FileMode.Open, FileAccess.Write);
            stream.Write(text);
        });
        using var cancel = new CancellationTokenSource();

        var scenario = ScenarioJson.LoadFile(fifo, null, cancel.Token).AsT0;

        writer.GetAwaiter().GetResult();
        Assert.Equal(BuiltInScenarios.RussiaDprk2024.Treaties.Length, scenario.Treaties.Length);
    }

    /// <summary>A stream whose reads wait until it is disposed, as a FIFO whose writer sends nothing.</summary>
    private sealed class SilentStream : Stream
    {
        private readonly ManualResetEventSlim _gate = new();

        public ManualResetEventSlim Entered { get; } = new();

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Entered.Set();
            _gate.Wait();
            return 0;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                _gate.Set(); // lets the abandoned read finish
                _gate.Dispose();
                Entered.Dispose();
            }

            base.Dispose(disposing);
        }
    }

    /// <summary>A fact that makes a FIFO with <c>mkfifo</c> (Linux, as in CI); skipped where there is none.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    private sealed class FifoFactAttribute : FactAttribute
    {
        public FifoFactAttribute()
        {
            if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/mkfifo"))
            {
                Skip = "This test needs mkfifo (Linux).";
            }
        }
    }
}

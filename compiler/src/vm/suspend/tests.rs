//! Suspending and resuming runs through the Rust API.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::error::PyErr;
use crate::value::Value;
use crate::vm::{Host, ModuleSource, RunState, Stream, Vm, WaitReason};

#[derive(Default)]
struct Shared {
    out: String,
    modules: HashMap<String, String>,
    /// Modules the host "fetches": the first lookup answers pending.
    lazy: Vec<String>,
    pending: bool,
    slept: f64,
}

struct TestHost(Rc<RefCell<Shared>>);

impl Host for TestHost {
    fn write(&mut self, _stream: Stream, text: &str) {
        self.0.borrow_mut().out.push_str(text);
    }
    fn now_ns(&mut self) -> u64 {
        0
    }
    fn monotonic_ns(&mut self) -> u64 {
        0
    }
    fn sleep(&mut self, seconds: f64) {
        self.0.borrow_mut().slept += seconds;
    }
    fn load_module(&mut self, name: &str) -> Option<ModuleSource> {
        let mut s = self.0.borrow_mut();
        if let Some(src) = s.modules.get(name) {
            return Some(ModuleSource { source: src.clone(), filename: format!("{name}.py"), is_package: false });
        }
        if let Some(i) = s.lazy.iter().position(|m| m == name) {
            s.lazy.remove(i);
            s.pending = true;
        }
        None
    }
    fn take_fetch_pending(&mut self) -> bool {
        std::mem::take(&mut self.0.borrow_mut().pending)
    }
}

fn new_vm() -> (Vm, Rc<RefCell<Shared>>) {
    let shared = Rc::new(RefCell::new(Shared::default()));
    (Vm::new(Box::new(TestHost(shared.clone()))), shared)
}

fn out(s: &Rc<RefCell<Shared>>) -> String {
    std::mem::take(&mut s.borrow_mut().out)
}

fn str_reply(vm: &mut Vm, s: &str) -> Result<Value, PyErr> {
    Ok(vm.new_str(s))
}

fn err_text(vm: &mut Vm, r: Result<RunState, PyErr>) -> String {
    match r {
        Err(e) => vm.format_exception(&e).lines().last().unwrap_or("").to_string(),
        Ok(s) => panic!("expected an error, got {s:?}"),
    }
}

/// Runs `src`, answering every `receive()` with the next of `events`, and returns the output.
fn run_events(src: &str, events: &[&str]) -> String {
    let (mut vm, shared) = new_vm();
    let mut state = match vm.start_main(src, "main.py") {
        Ok(s) => s,
        Err(e) => panic!("{src}\n{}", vm.format_exception(&e)),
    };
    for e in events {
        assert_eq!(state, RunState::Suspended(WaitReason::Event), "output so far: {}", shared.borrow().out);
        let reply = str_reply(&mut vm, e);
        state = match vm.resume(reply) {
            Ok(s) => s,
            Err(e) => panic!("{src}\n{}", vm.format_exception(&e)),
        };
    }
    assert_eq!(state, RunState::Finished);
    out(&shared)
}

#[test]
fn receive_loop() {
    let src = "while True:\n    m = receive()\n    if m == 'stop':\n        break\n    print('got', m)\nprint('end')\n";
    assert_eq!(run_events(src, &["a", "b", "stop"]), "got a\ngot b\nend\n");
}

#[test]
fn sleep_and_frame_suspend() {
    let (mut vm, shared) = new_vm();
    let src = "print(1)\nsleep(0.5)\nprint(2)\nt = frame()\nprint(t)\nimport time\ntime.sleep(2)\nprint(3)\n";
    assert_eq!(vm.start_main(src, "m.py").unwrap(), RunState::Suspended(WaitReason::Timer(0.5)));
    assert_eq!(out(&shared), "1\n");
    assert_eq!(vm.resume(Ok(Value::None)).unwrap(), RunState::Suspended(WaitReason::Frame));
    assert_eq!(vm.resume(Ok(Value::Float(16.5))).unwrap(), RunState::Suspended(WaitReason::Timer(2.0)));
    assert_eq!(vm.resume(Ok(Value::None)).unwrap(), RunState::Finished);
    assert_eq!(out(&shared), "2\n16.5\n3\n");
    assert_eq!(shared.borrow().slept, 0.0);
}

#[test]
fn preemption_counts_back_edges() {
    let (mut vm, shared) = new_vm();
    vm.set_preempt(100);
    let src = "i = 0\nwhile i < 1000:\n    i += 1\nfor j in range(500):\n    pass\nprint(i, j)\n";
    let mut state = vm.start_main(src, "m.py").unwrap();
    let mut preempts = 0;
    while state == RunState::Suspended(WaitReason::Preempt) {
        preempts += 1;
        state = vm.resume(Ok(Value::None)).unwrap();
    }
    assert_eq!(state, RunState::Finished);
    assert_eq!(preempts, 15);
    assert_eq!(out(&shared), "1000 499\n");
}

#[test]
fn waits_inside_generators_coroutines_and_init() {
    let generator = "def g():\n    for i in range(2):\n        yield receive() + str(i)\nfor x in g():\n    print(x)\n";
    assert_eq!(run_events(generator, &["a", "b"]), "a0\nb1\n");
    let deleg = "def inner():\n    yield receive()\n    return 'r'\ndef outer():\n    r = yield from inner()\n    yield r\n\
                 for x in outer():\n    print(x)\n";
    assert_eq!(run_events(deleg, &["e"]), "e\nr\n");
    let coro = concat!(
        "async def get():\n    return receive()\nasync def main():\n    a = await get()\n",
        "    b = await receive()\n    print(a, b)\n    return 7\nprint(run(main()))\n"
    );
    assert_eq!(run_events(coro, &["x", "y"]), "x y\n7\n");
    let calls = concat!(
        "def f(a, b=1, *rest, k='k', **kw):\n    return a + receive() + k\n",
        "print(f('x'), f('y', k='!'), f(*['z'], **{'k': '?'}))\n"
    );
    assert_eq!(run_events(calls, &["1", "2", "3"]), "x1k y2! z3?\n");
    let init = "class A:\n    def __init__(self, k):\n        self.v = k + receive()\nprint(A('k').v)\n";
    assert_eq!(run_events(init, &["!"]), "k!\n");
}

#[test]
fn run_drives_coroutines_everywhere() {
    // run() works with plain coroutines, nested in a native call too (no suspension needed).
    let src = "async def add(a, b):\n    return a + b\nasync def main():\n    return await add(1, 2) * 10\n\
               print(run(main()), list(map(run, [add(1, 1)])))\n";
    assert_eq!(run_events(src, &[]), "30 [2]\n");
}

#[test]
fn waits_that_cannot_suspend_raise() {
    let cases = [
        (
            "sorted([2, 1], key=lambda x: receive())",
            "receive() cannot wait inside a callback called from native code (sorted() calling <lambda>)",
        ),
        (
            "list(map(lambda x: frame(), [1]))",
            "frame() cannot wait inside a callback called from native code (list() calling <lambda>)",
        ),
        (
            "class K:\n    def __hash__(self):\n        return 1\n    def __eq__(self, o):\n        return receive()\nd = {K(): 1}\nK() in d",
            "inside K.__eq__(), which the interpreter called implicitly",
        ),
        // A getter with a default runs through `call` (a plain one is a frame of the loop:
        // `property_getters_can_wait`).
        (
            "class P:\n    @property\n    def v(self, _=0):\n        return receive()\nP().v",
            "inside P.v(), which the interpreter called implicitly",
        ),
        ("def g():\n    yield receive()\nlist(g())", "inside generator g() driven by native code (list()"),
        (
            "list(map(receive, []))\nlist(map(lambda f: f(), [receive]))",
            "callback called from native code (list() calling <lambda>)",
        ),
        ("import mod", "receive() cannot wait inside the body of a module being imported (mod.py)"),
    ];
    for (src, want) in cases {
        let (mut vm, shared) = new_vm();
        shared.borrow_mut().modules.insert("mod".into(), "x = receive()\n".into());
        let r = vm.start_main(src, "m.py");
        let text = err_text(&mut vm, r);
        assert!(text.starts_with("RuntimeError: ") && text.contains(want), "{src}:\n{text}");
    }
    // sleep blocks instead.
    let (mut vm, shared) = new_vm();
    let r = vm.start_main("print(sorted([2, 1], key=lambda x: sleep(0.25) or x))\n", "m.py");
    assert_eq!(r.unwrap(), RunState::Finished);
    assert_eq!(out(&shared), "[1, 2]\n");
    assert_eq!(shared.borrow().slept, 0.5);
}

#[test]
fn property_getters_can_wait() {
    // `LoadAttr` runs a plain getter as a frame of the loop, as a call instruction would.
    let src =
        "class P:\n    @property\n    def v(self):\n        return receive()\nfor _ in range(2):\n    print(P().v)\n";
    assert_eq!(run_events(src, &["a", "b"]), "a\nb\n");
}

#[test]
fn resume_with_an_exception() {
    let (mut vm, shared) = new_vm();
    let src = "try:\n    receive()\nexcept ValueError as e:\n    print('caught', e)\nreceive()\n";
    assert_eq!(vm.start_main(src, "m.py").unwrap(), RunState::Suspended(WaitReason::Event));
    let state = vm.resume(Err(PyErr::value_error("bad event"))).unwrap();
    assert_eq!(state, RunState::Suspended(WaitReason::Event));
    assert_eq!(out(&shared), "caught bad event\n");
    let r = vm.resume(Err(PyErr::runtime_error("run stopped")));
    assert_eq!(err_text(&mut vm, r), "RuntimeError: run stopped");
    assert!(vm.resume(Ok(Value::None)).is_err(), "nothing to resume after the run ended");
}

#[test]
fn await_host_results() {
    let src = "async def main():\n    await sleep(0.1)\n    a = await receive()\n    b = await frame()\n    return a, b\n\
               print(run(main()))\n";
    let (mut vm, shared) = new_vm();
    assert_eq!(vm.start_main(src, "m.py").unwrap(), RunState::Suspended(WaitReason::Timer(0.1)));
    assert_eq!(vm.resume(Ok(Value::None)).unwrap(), RunState::Suspended(WaitReason::Event));
    let reply = str_reply(&mut vm, "ev");
    assert_eq!(vm.resume(reply).unwrap(), RunState::Suspended(WaitReason::Frame));
    assert_eq!(vm.resume(Ok(Value::Int(3))).unwrap(), RunState::Finished);
    assert_eq!(out(&shared), "('ev', 3)\n");
    // Anything else keeps CPython's TypeError.
    for src in [
        "async def main():\n    await len('ab')\nrun(main())\n",
        "def f():\n    return 5\nasync def main():\n    await f()\nrun(main())\n",
        "async def main():\n    x = sleep(0)\n    await x\nrun(main())\n",
    ] {
        let (mut vm, _) = new_vm();
        let r = vm.start_main(src, "m.py");
        let r = match r {
            Ok(RunState::Suspended(WaitReason::Timer(_))) => vm.resume(Ok(Value::None)),
            r => r,
        };
        let text = err_text(&mut vm, r);
        assert!(
            text.starts_with("TypeError: object ") && text.ends_with("can't be used in 'await' expression"),
            "{src}: {text}"
        );
    }
}

#[test]
fn lazy_module_fetch() {
    let (mut vm, shared) = new_vm();
    shared.borrow_mut().lazy = vec!["lazy".into(), "gone".into()];
    let src = "x = 1\nimport lazy\nprint(lazy.VALUE + x)\ntry:\n    import gone\nexcept ImportError as e:\n    print(type(e).__name__, e)\n";
    assert_eq!(vm.start_main(src, "m.py").unwrap(), RunState::Suspended(WaitReason::Fetch("lazy".into())));
    shared.borrow_mut().modules.insert("lazy".into(), "VALUE = 41\n".into());
    assert_eq!(vm.resume(Ok(Value::None)).unwrap(), RunState::Suspended(WaitReason::Fetch("gone".into())));
    let e = PyErr::new(crate::error::ExcKind::ModuleNotFoundError, "No module named 'gone'");
    assert_eq!(vm.resume(Err(e)).unwrap(), RunState::Finished);
    assert_eq!(out(&shared), "42\nModuleNotFoundError No module named 'gone'\n");
}

#[test]
fn blocking_embedder_without_suspension() {
    let (mut vm, shared) = new_vm();
    vm.run_main("sleep(1.5)\nprint(frame() >= 0)\ntry:\n    receive()\nexcept EOFError as e:\n    print(e)\n", "m.py")
        .unwrap();
    assert_eq!(out(&shared), "True\nreceive(): no more events (end of input)\n");
    assert!((shared.borrow().slept - (1.5 + 1.0 / 60.0)).abs() < 1e-9);
}

#[test]
fn generators_still_behave() {
    let src = "def g():\n    x = yield 1\n    print('sent', x)\n    try:\n        yield 2\n    finally:\n        print('closing')\n\
               it = g()\nprint(next(it), it.send('s'))\nit.close()\n\
               def h():\n    yield 1\n    raise StopIteration\ntry:\n    for v in h():\n        print(v)\nexcept RuntimeError as e:\n    print(e, type(e.__cause__).__name__)\n\
               def boom():\n    yield 1\n    1/0\ntry:\n    for v in boom():\n        pass\nexcept ZeroDivisionError:\n    print('zde')\n\
               def sub():\n    got = yield 'a'\n    return got * 2\ndef d():\n    r = yield from sub()\n    yield r\n\
               it = d()\nprint(next(it), it.send(21))\n";
    assert_eq!(
        run_events(src, &[]),
        "sent s\n1 2\nclosing\n1\ngenerator raised StopIteration StopIteration\nzde\na 42\n"
    );
}

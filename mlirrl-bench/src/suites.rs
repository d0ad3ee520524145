//! Layer suites from well-known networks, built from their published layer
//! shapes (batch 1, 224x224 inputs, f32). Convolutions are `conv_2d_nchw_fchw`
//! on the padded input (padding itself is a separate, cheap op in a real
//! network); each distinct layer shape appears once.

use crate::generate::Generated;
use mlirrl_ir::builders::{self, Conv2d, ConvForm, PoolForm};

fn conv(net: &str, name: &str, c: u64, h: u64, f: u64, k: u64, stride: u64) -> Generated {
    let pad = k / 2;
    let shape =
        Conv2d { n: 1, c, h: h + 2 * pad, w: h + 2 * pad, f, kh: k, kw: k, stride, dilation: 1 };
    Generated {
        name: format!("{net}_{name}"),
        family: net.into(),
        source: builders::conv_2d(ConvForm::NchwFchw, shape, "f32"),
    }
}

fn depthwise(net: &str, name: &str, c: u64, h: u64, stride: u64) -> Generated {
    let shape = Conv2d { n: 1, c, h: h + 2, w: h + 2, f: c, kh: 3, kw: 3, stride, dilation: 1 };
    Generated {
        name: format!("{net}_{name}"),
        family: net.into(),
        source: builders::depthwise_conv_2d(shape, "f32"),
    }
}

fn maxpool(net: &str, name: &str, c: u64, h: u64, k: u64, stride: u64) -> Generated {
    let shape = Conv2d { n: 1, c, h, w: h, f: c, kh: k, kw: k, stride, dilation: 1 };
    Generated {
        name: format!("{net}_{name}"),
        family: net.into(),
        source: builders::pooling(PoolForm::Nchw, "max", shape, "f32"),
    }
}

fn fc(net: &str, name: &str, input: u64, output: u64) -> Generated {
    Generated {
        name: format!("{net}_{name}"),
        family: net.into(),
        source: builders::matmul(1, output, input, "f32"),
    }
}

/// ResNet-18: stem, the four stages (3x3 convolutions and 1x1 strided
/// projections), pooling and the classifier.
pub fn resnet18() -> Vec<Generated> {
    let n = "resnet18";
    vec![
        conv(n, "conv1_7x7_s2", 3, 224, 64, 7, 2),
        maxpool(n, "maxpool_3x3_s2", 64, 112, 3, 2),
        conv(n, "layer1_3x3", 64, 56, 64, 3, 1),
        conv(n, "layer2_3x3_s2", 64, 56, 128, 3, 2),
        conv(n, "layer2_3x3", 128, 28, 128, 3, 1),
        conv(n, "layer2_proj_1x1_s2", 64, 56, 128, 1, 2),
        conv(n, "layer3_3x3_s2", 128, 28, 256, 3, 2),
        conv(n, "layer3_3x3", 256, 14, 256, 3, 1),
        conv(n, "layer3_proj_1x1_s2", 128, 28, 256, 1, 2),
        conv(n, "layer4_3x3_s2", 256, 14, 512, 3, 2),
        conv(n, "layer4_3x3", 512, 7, 512, 3, 1),
        conv(n, "layer4_proj_1x1_s2", 256, 14, 512, 1, 2),
        fc(n, "fc", 512, 1000),
    ]
}

/// VGG-16: the 13 3x3 convolutions (distinct shapes), the pools and the
/// three fully connected layers.
pub fn vgg16() -> Vec<Generated> {
    let n = "vgg16";
    vec![
        conv(n, "conv1_1", 3, 224, 64, 3, 1),
        conv(n, "conv1_2", 64, 224, 64, 3, 1),
        maxpool(n, "pool1", 64, 224, 2, 2),
        conv(n, "conv2_1", 64, 112, 128, 3, 1),
        conv(n, "conv2_2", 128, 112, 128, 3, 1),
        conv(n, "conv3_1", 128, 56, 256, 3, 1),
        conv(n, "conv3_2", 256, 56, 256, 3, 1),
        conv(n, "conv4_1", 256, 28, 512, 3, 1),
        conv(n, "conv4_2", 512, 28, 512, 3, 1),
        conv(n, "conv5", 512, 14, 512, 3, 1),
        maxpool(n, "pool5", 512, 14, 2, 2),
        fc(n, "fc6", 25088, 4096),
        fc(n, "fc7", 4096, 4096),
        fc(n, "fc8", 4096, 1000),
    ]
}

/// MobileNetV2: stem, the inverted-residual blocks' expansion (1x1),
/// depthwise (3x3) and projection (1x1) layers per stage, head and classifier.
pub fn mobilenet_v2() -> Vec<Generated> {
    let n = "mobilenetv2";
    let mut layers = vec![
        conv(n, "stem_3x3_s2", 3, 224, 32, 3, 2),
        depthwise(n, "b1_dw", 32, 112, 1),
        conv(n, "b1_project", 32, 112, 16, 1, 1),
    ];
    // (input channels, output channels, first stride, resolution in)
    let stages: [(u64, u64, u64, u64); 6] = [
        (16, 24, 2, 112),
        (24, 32, 2, 56),
        (32, 64, 2, 28),
        (64, 96, 1, 14),
        (96, 160, 2, 14),
        (160, 320, 1, 7),
    ];
    for (i, (cin, cout, stride, h)) in stages.into_iter().enumerate() {
        let hidden = cin * 6;
        let out_h = h / stride;
        layers.push(conv(n, &format!("s{}_expand", i + 2), cin, h, hidden, 1, 1));
        layers.push(depthwise(n, &format!("s{}_dw_s{stride}", i + 2), hidden, h, stride));
        layers.push(conv(n, &format!("s{}_project", i + 2), hidden, out_h, cout, 1, 1));
    }
    layers.push(conv(n, "head_1x1", 320, 7, 1280, 1, 1));
    layers.push(fc(n, "classifier", 1280, 1000));
    layers
}

/// A suite by name: `resnet18`, `vgg16` or `mobilenetv2`.
pub fn suite(name: &str) -> Option<Vec<Generated>> {
    match name {
        "resnet18" => Some(resnet18()),
        "vgg16" => Some(vgg16()),
        "mobilenetv2" => Some(mobilenet_v2()),
        _ => None,
    }
}

/// Names of the network suites.
pub const SUITES: &[&str] = &["resnet18", "vgg16", "mobilenetv2"];
